import type { AstroIntegration } from 'astro';

/**
 * Runs the cross-file content validation before every build and dev start, so a wrong edit
 * fails with a message that names the file, the field and the fix. (Filled in by the
 * editors' experience work: see src/validation/.)
 */
export default function validateContent(): AstroIntegration {
  return {
    name: 'verblijfskaart:validate-content',
    hooks: {},
  };
}
