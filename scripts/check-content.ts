// Content validation for `npm run check` (cross-file rules). Filled in by the editors' experience work.
console.log('Content check: no cross-file rules yet.');
