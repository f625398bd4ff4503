import type { TextField } from 'payload'

/** An absolute http(s) URL, or an error message naming what is wrong with it. */
export const validateHttpUrl = (value: null | string | undefined, required = false) => {
  if (!value) return required ? 'A URL is required.' : true
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `"${value}" is not a valid URL.`
  }
  return ['http:', 'https:'].includes(url.protocol) || 'Only http:// and https:// URLs are allowed.'
}

type Options = { name: string; label?: string; required?: boolean }

export const urlField = ({ name, label, required }: Options): TextField => ({
  name,
  label,
  type: 'text',
  required,
  validate: (value: null | string | undefined) => validateHttpUrl(value, required),
})
