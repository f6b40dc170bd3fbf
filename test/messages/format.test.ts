import { describe, expect, it } from 'vitest';
import { formatFor } from '../../src/messages/format.js';

describe('dates as each language writes them', () => {
  it.each([
    ['en', '2025-03-26', 'March 26, 2025'],
    ['en', '2025-03-01', 'March 1, 2025'],
    ['de', '2025-03-01', '1. März 2025'],
    ['fr', '2025-03-26', '26 mars 2025'],
    ['fr', '2025-03-01', '1er mars 2025'],
    ['fr', '2021-11-11', '11 novembre 2021'],
    ['ja', '2022-01-24', '2022年1月24日'],
    ['ja', '2022-01-01', '2022年1月1日'],
    ['en', 'not a date', 'not a date'],
  ] as const)('%s %s → %s', (locale, iso, written) => {
    expect(formatFor(locale).date(iso)).toBe(written);
  });
});
