// The clock of the timed phases, on the room's clock: a deadline (projected into the
// synced state for clients' countdowns), and pause, resume and extend for the host.
import type { Timer } from './port.ts';

/** What the clock needs of its room: its timers and the time. */
export interface ClockPort {
  later(ms: number, fn: () => void): Timer;
  now(): number;
}

export class PhaseClock {
  private timer?: Timer;
  /** Plain data: when the phase ends (0 when paused or untimed), whether paused, and the ms left while paused. */
  private readonly state = { deadline: 0, paused: false, remaining: 0 };

  constructor(
    private port: ClockPort,
    private onExpire: () => void,
  ) {}

  /** As the synced state shows it. */
  get shown(): Readonly<{ deadline: number; paused: boolean; remaining: number }> {
    return this.state;
  }

  get paused(): boolean {
    return this.state.paused;
  }

  /** Start a phase of `seconds`; zero ends it on the next tick, so that clients see it pass. */
  run(seconds: number): void {
    this.cancel();
    this.state.paused = false;
    this.state.remaining = 0;
    this.arm(seconds * 1000);
  }

  /** An untimed phase (lobby, ended). */
  stop(): void {
    this.cancel();
    this.state.deadline = 0;
    this.state.paused = false;
    this.state.remaining = 0;
  }

  /** What a restart needs to put the clock back: is a phase timed, paused, and how much is left. */
  snapshot(): { timed: boolean; paused: boolean; leftMs: number } {
    if (this.state.paused) return { timed: true, paused: true, leftMs: this.state.remaining };
    if (!this.timer) return { timed: false, paused: false, leftMs: 0 };
    return { timed: true, paused: false, leftMs: Math.max(0, this.state.deadline - this.port.now()) };
  }

  /** Put back a clock that was running (or paused) with `ms` left. */
  restore(paused: boolean, ms: number): void {
    this.cancel();
    if (paused) {
      this.state.deadline = 0;
      this.state.paused = true;
      this.state.remaining = ms;
      return;
    }
    this.state.paused = false;
    this.state.remaining = 0;
    this.arm(ms);
  }

  /** Stop the timer without touching the state (the server is going down). */
  halt(): void {
    this.cancel();
  }

  pause(): void {
    this.cancel();
    this.state.remaining = Math.max(0, this.state.deadline - this.port.now());
    this.state.deadline = 0;
    this.state.paused = true;
  }

  resume(): void {
    const left = this.state.remaining;
    this.state.paused = false;
    this.state.remaining = 0;
    this.arm(left);
  }

  extend(seconds: number): void {
    if (this.state.paused) {
      this.state.remaining += seconds * 1000;
      return;
    }
    const left = Math.max(0, this.state.deadline - this.port.now()) + seconds * 1000;
    this.cancel();
    this.arm(left);
  }

  private arm(ms: number): void {
    this.state.deadline = ms > 0 ? this.port.now() + ms : 0;
    this.timer = this.port.later(ms, () => {
      this.timer = undefined;
      this.state.deadline = 0;
      this.onExpire();
    });
  }

  private cancel(): void {
    this.timer?.clear();
    this.timer = undefined;
  }
}
