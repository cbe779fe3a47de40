import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/io/detect-delimiter';

describe('detectDelimiter', () => {
  it.each([
    ['date,close\n', ','],
    ['SP500;30.09.1996;100\n', ';'],
    ['date\tclose\n', '\t'],
    ['a|b|c\n', '|'],
    ['title line\n\ndate,close\n', ','],
    ['x;"1,5";2\n', ';'],
    ['single\ncolumn\n', ','],
  ])('%j → %j', (text, d) => {
    expect(detectDelimiter(text)).toBe(d);
  });
});
