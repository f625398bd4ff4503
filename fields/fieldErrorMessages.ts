import type { AfterErrorHook } from 'payload'

type FieldError = { message?: string; path?: string }

/**
 * A field's refusal says its reason at the top of the REST answer too. Payload titles a
 * ValidationError "The following field is invalid: changeSummary" and the admin toasts that
 * title, leaving the reason ("Describe this change: …") in `data.errors` for the field alone;
 * the title becomes the fields' own messages, and `data.errors` stays as it was.
 */
export const fieldErrorMessages: AfterErrorHook = ({ result }) => {
  if (!result?.errors?.length) return
  let changed = false
  const errors = result.errors.map((error) => {
    const fieldErrors = ((error.data as { errors?: FieldError[] } | undefined)?.errors ?? [])
      .map((fieldError) => fieldError.message)
      .filter((message): message is string => Boolean(message))
    if (fieldErrors.length === 0) return error
    changed = true
    return { ...error, message: fieldErrors.join(' ') }
  })
  return changed ? { response: { ...result, errors } } : undefined
}
