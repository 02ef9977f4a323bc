/** The progress bar of a corpus run: what it says, how often it redraws, and how it makes way for messages. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

class Terminal extends Writable {
  text = '';
  constructor(readonly columns?: number) {
    super({
      write: (chunk: Buffer, _encoding, done) => {
        this.text += chunk.toString('utf8');
        done();
      },
    });
  }
}

/** A clock the test moves by hand, in milliseconds. */
function clock() {
  let now = 0;
  return { now: () => now, move: (ms: number) => (now += ms) };
}

describe('Progress', () => {
  it('shows reports done of the total, MB/s and the time left at that pace', () => {
    const time = clock();
    const progress = new Progress(new Terminal(), 10, time.now);
    expect(progress.line(0)).toBe('[------------------------] 0/10 reports  0.0 MB/s  ETA --:--');
    time.move(2000);
    for (let i = 0; i < 4; i++) progress.advance(1_000_000);
    expect(progress.line(time.now())).toBe('[##########--------------] 4/10 reports  2.0 MB/s  ETA 0:03');
    time.move(3_600_000);
    expect(progress.line(time.now())).toMatch(/ETA 1:30:03$/);
  });

  it('fits the terminal width', () => {
    const progress = new Progress(new Terminal(30), 10, () => 0);
    expect(progress.line(0)).toHaveLength(29);
  });

  it('redraws at most ten times a second, and always at the end', () => {
    const time = clock();
    const terminal = new Terminal();
    const progress = new Progress(terminal, 3, time.now);
    progress.advance(10);
    progress.advance(10);
    expect(terminal.text.match(/\r/g)).toHaveLength(1);
    progress.advance(10);
    expect(terminal.text.match(/\r/g)).toHaveLength(2);
    expect(terminal.text).toMatch(/3\/3 reports/);
  });

  it('clears its line for a message and draws itself again below it', () => {
    const terminal = new Terminal();
    const progress = new Progress(terminal, 2, () => 0);
    progress.advance(1);
    terminal.text = '';
    progress.interrupt(() => terminal.write('cppcc-extract: missing.txt: no such file or directory\n'));
    expect(terminal.text).toMatch(/^\r\u001b\[Kcppcc-extract: missing\.txt: no such file or directory\n\r\[#+-+\] 1\/2 reports/);
    terminal.text = '';
    progress.clear();
    expect(terminal.text).toBe('\r\u001b[K');
  });
});
