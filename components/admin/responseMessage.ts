type ErrorBody = {
  message?: string
  field?: string
  errors?: {
    message?: string
    field?: string
    data?: { errors?: { message?: string; path?: string }[] } | null
  }[]
}

/**
 * The reason a REST refusal gives, in the most specific form the body carries: a field's own
 * message before the generic "The following field is invalid" Payload wraps it in.
 */
export function responseMessage(body: unknown, fallback: string): string {
  const { errors, message } = (body ?? {}) as ErrorBody
  const first = errors?.[0]
  return first?.data?.errors?.[0]?.message ?? first?.message ?? message ?? fallback
}
