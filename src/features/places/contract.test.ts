import { describe, expect, it } from 'vitest';
import { placeInput, placePatch } from './contract.ts';

describe('place patch', () => {
  it('leaves out what it does not name, so a patch never resets other fields to their defaults', () => {
    expect(placePatch.parse({ aliases: ['Colonia'] })).toEqual({ aliases: ['Colonia'] });
    expect(placePatch.parse({ country: null })).toEqual({ country: null });
    // A new place still gets its defaults.
    expect(placeInput.parse({ name: 'Cologne' })).toMatchObject({ names: {}, aliases: [], country: null, kind: 'city' });
  });

  it('validates what it names and refuses unknown fields', () => {
    expect(placePatch.safeParse({ lat: 91 }).success).toBe(false);
    expect(placePatch.safeParse({ population: 1 }).success).toBe(false);
  });
});
