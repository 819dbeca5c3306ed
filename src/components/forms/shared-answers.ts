/**
 * Answers that mean the same thing in both calculators of a page (the procedure you apply with,
 * the municipality you apply in) live once in the address, under the same parameter names
 * (src/lib/fee-query.ts, src/lib/deadline-query.ts). When one calculator changes one of them,
 * it tells the other, which takes the new answer and updates its result: the page, the address
 * and a shared link then all say the same thing.
 */
export const SHARED_ANSWERS = ['procedure', 'municipality'] as const;
export type SharedAnswer = (typeof SHARED_ANSWERS)[number];
export type SharedAnswers = Partial<Record<SharedAnswer, string>>;

const EVENT = 'verblijfskaart:answers';

interface Detail {
  from: string;
  answers: SharedAnswers;
}

/** Tells the other calculators on the page about `answers` (only the shared ones are sent). */
export function announceAnswers(from: string, answers: SharedAnswers): void {
  const shared: SharedAnswers = {};
  for (const k of SHARED_ANSWERS) if (answers[k]) shared[k] = answers[k];
  if (Object.keys(shared).length === 0 || typeof window === 'undefined') return;
  window.dispatchEvent(new CustomEvent<Detail>(EVENT, { detail: { from, answers: shared } }));
}

/** Calls `listener` with the answers another calculator announces. Returns the unsubscribe function. */
export function onAnswers(self: string, listener: (answers: SharedAnswers) => void): () => void {
  const handler = (e: Event) => {
    const d = (e as CustomEvent<Detail>).detail;
    if (d && d.from !== self) listener(d.answers);
  };
  window.addEventListener(EVENT, handler);
  return () => window.removeEventListener(EVENT, handler);
}
