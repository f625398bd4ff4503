/**
 * The old name of the error formatter, kept because tests/workflow.test.ts calls it by this
 * name: every decision about an error's answer is in hooks/errorAnswers.ts.
 */
export { errorAnswers as publicErrorMessages } from './errorAnswers'
