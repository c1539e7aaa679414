import { describe, expect, it } from 'vitest';
import { splitInlineCode } from './inline-code.ts';

describe('splitInlineCode', () => {
  it('marks backtick spans as code and keeps the rest as text', () => {
    expect(splitInlineCode('Use `torch.amp` instead of `torch.cuda.amp`.')).toEqual([
      { code: false, text: 'Use ' },
      { code: true, text: 'torch.amp' },
      { code: false, text: ' instead of ' },
      { code: true, text: 'torch.cuda.amp' },
      { code: false, text: '.' },
    ]);
  });

  it('leaves text without backticks, and a lone backtick, as plain text', () => {
    expect(splitInlineCode('plain')).toEqual([{ code: false, text: 'plain' }]);
    expect(splitInlineCode('a ` b')).toEqual([{ code: false, text: 'a ` b' }]);
  });
});
