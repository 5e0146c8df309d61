import { byId, fmtDate } from './dom';
import { State } from './state';

const STEP_MS = 1200;

/** The asOf slider over the dates where positions changed (the last step is now), with play. */
export class Timeline {
  private readonly slider = byId<HTMLInputElement>('as-of');
  private readonly label = byId<HTMLOutputElement>('as-of-label');
  private readonly play = byId<HTMLButtonElement>('play');
  private playing = false;
  private timer: number | undefined;

  constructor(
    private readonly state: State,
    private readonly onMove: () => Promise<void>,
  ) {
    this.slider.addEventListener('input', () => {
      this.stop();
      this.state.dateIndex = Number(this.slider.value);
      this.showLabel();
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.onMove(), 150);
    });
    this.play.addEventListener('click', () => (this.playing ? this.stop() : void this.start()));
  }

  setDates(dates: string[]): void {
    this.state.dates = dates;
    this.state.dateIndex = dates.length;
    this.slider.max = String(dates.length);
    this.slider.value = String(dates.length);
    this.slider.disabled = dates.length === 0;
    this.play.disabled = dates.length === 0;
    this.showLabel();
  }

  progress(read: number, total: number): void {
    this.label.value = `now (reading dates: ${read} of ${total} positions)`;
  }

  /** The network stays usable at now when the dates cannot be read. */
  failed(message: string): void {
    this.label.value = `now (the dates could not be read: ${message})`;
  }

  private showLabel(): void {
    const date = this.state.dates[this.state.dateIndex];
    this.label.value = date ? fmtDate(date) : 'now';
    this.slider.setAttribute('aria-valuetext', this.label.value);
  }

  private async start(): Promise<void> {
    this.playing = true;
    this.play.setAttribute('aria-pressed', 'true');
    this.play.textContent = '❚❚ Pause';
    if (this.state.dateIndex >= this.state.dates.length) this.state.dateIndex = 0;
    while (this.playing) {
      this.slider.value = String(this.state.dateIndex);
      this.showLabel();
      await this.onMove();
      await new Promise((resolve) => setTimeout(resolve, STEP_MS));
      if (!this.playing || this.state.dateIndex >= this.state.dates.length) break;
      this.state.dateIndex += 1;
    }
    this.stop();
  }

  stop(): void {
    this.playing = false;
    this.play.setAttribute('aria-pressed', 'false');
    this.play.textContent = '▶ Play';
  }
}
