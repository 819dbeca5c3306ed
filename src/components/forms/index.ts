/**
 * Shared Preact form parts for the calculators (GOV.UK patterns). Import from here:
 *
 *   import { DateInput, dateFieldId, ErrorSummary, Radios, radioId, TextField, SelectField, dateErrorMessage } from '../forms/index.ts';
 *
 * Typical flow: keep the typed values in state, validate on submit with `validateDateFields()`
 * (src/lib/date-fields.ts), collect `{ fieldId, message }` errors for <ErrorSummary>, and pass each
 * field its own message. Styles (forms.css) come with the components; they use the site's CSS variables.
 */
export { ErrorSummary, type FormError } from './ErrorSummary.tsx';
export { DateInput, dateFieldId } from './DateInput.tsx';
export { Radios, radioId, type RadioOption } from './Radios.tsx';
export { TextField, SelectField } from './Field.tsx';
export { dateErrorMessage, formText, provideFormStrings, type FormStrings } from './messages.ts';

