/**
 * GOV.UK error summary: a box at the top of the form, shown after a submit with errors.
 *
 *   <ErrorSummary lang="nl" errors={[{ fieldId: 'expiry-day', message: 'Vul de dag … in.' }]} />
 *
 * - Renders nothing when `errors` is empty.
 * - role="alert" so screen readers announce it; it takes focus when shown or when `focusKey` changes
 *   (pass e.g. a submit counter so a second submit with the same errors moves focus again),
 *   unless `focusOnShow={false}`.
 * - Each error is a link to its field; following it focuses the field (the label stays in view).
 */
import { useEffect, useRef, useId } from 'preact/hooks';
import type { Lang } from '../../schemas/common.ts';
import { formText } from './messages.ts';

export interface FormError {
  /** The id of the input to focus (e.g. `expiry-day`, from `dateFieldId()`). */
  fieldId: string;
  message: string;
}

interface Props {
  lang: Lang;
  errors: FormError[];
  /** Override the title ("Er is een probleem"). */
  title?: string;
  /** Changes of this value move focus to the summary again. */
  focusKey?: number | string;
  /** false: do not take focus (e.g. errors in a link opened by a visitor, before any submit). Default true. */
  focusOnShow?: boolean;
  /** Level of the title, to fit the page's outline (a summary inside an h3 section uses 4). Default 2. */
  headingLevel?: 2 | 3 | 4;
}

export function ErrorSummary({ lang, errors, title, focusKey, focusOnShow = true, headingLevel = 2 }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;
  useEffect(() => {
    if (shown && focusOnShow) ref.current?.focus();
  }, [shown, focusKey, focusOnShow]);
  if (!shown) return null;
  const titleId = useId();
  const H = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <div class="error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1} ref={ref}>
      <H class="error-summary__title" id={titleId}>{title ?? formText(lang, 'summary.title')}</H>
      <ul>
        {errors.map((e) => (
          <li key={e.fieldId + e.message}>
            <a href={`#${e.fieldId}`} onClick={(ev) => focusField(ev, e.fieldId)}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function focusField(ev: MouseEvent, id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  ev.preventDefault();
  const legend = el.closest('fieldset')?.querySelector('legend');
  (legend ?? el).scrollIntoView?.({ block: 'start' });
  el.focus({ preventScroll: true });
}
