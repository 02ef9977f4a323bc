/**
 * The progress bar of a corpus run, on standard error and only on a terminal (the caller decides):
 * reports done of the total, the rate in MB of input per second, and the time left at that pace.
 * It redraws at most ten times a second, so that a run of ten thousand small reports does not spend
 * its time drawing, and it steps aside for messages so that they are not torn.
 */
const REDRAW_MS = 100;
const BAR_WIDTH = 24;

export class Progress {
  private done = 0;
  private bytes = 0;
  private drawnAt = -Infinity;
  private shown = false;
  private readonly started: number;

  constructor(
    private readonly stream: NodeJS.WritableStream & { columns?: number },
    private readonly total: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** One more input is done, of `size` bytes. */
  advance(size: number): void {
    this.done++;
    this.bytes += size;
    const time = this.now();
    if (time - this.drawnAt >= REDRAW_MS || this.done === this.total) {
      this.drawnAt = time;
      this.draw(time);
    }
  }

  /** Writes a message on a line of its own, then the bar again below it. */
  interrupt(write: () => void): void {
    const shown = this.shown;
    this.clear();
    write();
    if (shown) this.draw(this.now());
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
    this.shown = false;
  }

  /** The bar's text at `time`, without terminal control codes. */
  line(time: number): string {
    const seconds = (time - this.started) / 1000;
    const filled = Math.round((this.done / this.total) * BAR_WIDTH);
    const rate = seconds > 0 ? this.bytes / 1e6 / seconds : 0;
    const left = this.done > 0 ? (seconds / this.done) * (this.total - this.done) : NaN;
    const text = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${this.done}/${this.total} reports  ${rate.toFixed(1)} MB/s  ETA ${clock(left)}`;
    const columns = this.stream.columns;
    return columns !== undefined && columns > 1 && text.length >= columns ? text.slice(0, columns - 1) : text;
  }

  private draw(time: number): void {
    this.stream.write(`\r${this.line(time)}\u001b[K`);
    this.shown = true;
  }
}

/** m:ss, or h:mm:ss from an hour up; --:-- before the first report gives a pace. */
function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const whole = Math.round(seconds);
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
