import type { AfterErrorHook } from 'payload'

type FieldError = { message?: string; path?: string }

/**
 * A field's refusal says its reason at the top of the REST answer too. Payload titles a
 * ValidationError "The following field is invalid: changeSummary" and the admin toasts that
 * title, leaving the reason ("Describe this change: …") in `data.errors` for the field alone;
 * the title becomes the fields' own messages, and `data.errors` stays as it was.
 */
export const fieldErrorMessages: AfterErrorHook = ({ error, result }) => {
  if (!result?.errors?.length) return
  // A production build minifies Payload's ValidationError, whose class name Payload checks
  // before it copies the field errors into the answer: they are taken from the error itself.
  const thrown = (error as { data?: { errors?: FieldError[] } }).data
  let changed = false
  const errors = result.errors.map((entry, index) => {
    const data =
      (entry.data as { errors?: FieldError[] } | undefined) ??
      (index === 0 && Array.isArray(thrown?.errors) ? thrown : undefined)
    const fieldErrors = (data?.errors ?? [])
      .map((fieldError) => fieldError.message)
      .filter((message): message is string => Boolean(message))
    if (fieldErrors.length === 0) return entry
    changed = true
    return { ...entry, data: data as never, message: fieldErrors.join(' ') }
  })
  return changed ? { response: { ...result, errors } } : undefined
}
