import { describe, expect, it, vi } from 'vitest';
import { captureVisible } from './capture';

describe('captureVisible', () => {
  it('a capture refused for coming too soon after another is tried again, and the person gets the picture', async () => {
    const capture = vi
      .fn()
      .mockRejectedValueOnce(
        new Error('This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.'),
      )
      .mockResolvedValueOnce('data:image/png;base64,AAAA');
    await expect(captureVisible(7, capture)).resolves.toBe('data:image/png;base64,AAAA');
    expect(capture).toHaveBeenCalledTimes(2);
    expect(capture).toHaveBeenLastCalledWith(7);
  });

  it('a page the browser never lets us see is said in plain words, after one more try', async () => {
    const capture = vi.fn().mockRejectedValue(new Error('Cannot access contents of the page.'));
    await expect(captureVisible(7, capture)).rejects.toThrow('did not allow a look at this page');
    expect(capture).toHaveBeenCalledTimes(2);
  });
});
