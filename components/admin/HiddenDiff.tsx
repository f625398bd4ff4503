/**
 * Leaves a field out of the version comparison: the workflow's bookkeeping (who saved, who
 * reviewed, the state) is in the history and the audit log, and would only bury what changed.
 */
export function HiddenDiff() {
  return null
}
