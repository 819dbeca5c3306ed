import { describe, expect, it } from 'vitest';
import { defaultMunicipality } from '../../src/components/municipality-picker/logic.ts';

describe('defaultMunicipality', () => {
  it('takes the only municipality of a single-municipality site', () => {
    expect(defaultMunicipality(['koekelberg'], '')).toBe('koekelberg');
    expect(defaultMunicipality(['koekelberg'], 'elsewhere')).toBe('koekelberg');
  });
  it('takes the remembered choice only when it still exists', () => {
    expect(defaultMunicipality(['koekelberg', 'voorbeeldgemeente'], 'voorbeeldgemeente')).toBe('voorbeeldgemeente');
    expect(defaultMunicipality(['koekelberg', 'voorbeeldgemeente'], 'gone')).toBe('');
    expect(defaultMunicipality(['koekelberg', 'voorbeeldgemeente'], '')).toBe('');
    expect(defaultMunicipality([], 'koekelberg')).toBe('');
  });
});
