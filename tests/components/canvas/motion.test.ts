import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Motion } from '../../../src/components/canvas/motion';

describe('Motion', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('Motion counts a paint right after a move as in motion, and asks for one more paint once it rests', () => {
    const rested = vi.fn();
    const motion = new Motion(rested);
    expect(motion.paintingInMotion()).toBe(false);
    motion.moved();
    expect(motion.paintingInMotion()).toBe(true);
    vi.advanceTimersByTime(100);
    expect(rested).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(rested).toHaveBeenCalledTimes(1);
    expect(motion.paintingInMotion()).toBe(false);
  });

  it('Motion waits for the last of several moves before it rests', () => {
    const rested = vi.fn();
    const motion = new Motion(rested);
    for (let i = 0; i < 5; i++) {
      motion.moved();
      motion.paintingInMotion();
      vi.advanceTimersByTime(100);
    }
    expect(rested).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(rested).toHaveBeenCalledTimes(1);
  });
});
