// The replay's player: which step is shown (0 is the start, k is week k just resolved),
// whether it plays on by itself, and which news item the map is telling. Play, pause,
// step and jump are moves of the index; a move forward plays that week's news on the map.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { NewsItem } from '../../../shared/index.ts';
import type { ReplayStep } from '../../../shared/protocol/index.ts';
import type { ReplayScreen } from './ReplayMap.tsx';

/** The pause between two weeks when playing on. */
const BETWEEN_WEEKS_MS = 1200;

export interface Replay {
  index: number;
  playing: boolean;
  /** The news item of the shown week the map is telling now. */
  telling: number | null;
  /** The step whose state the map shows (the week before while a week is being told). */
  mapAt: number;
  play(): void;
  pause(): void;
  forward(): void;
  back(): void;
  jump(index: number): void;
  attach(screen: ReplayScreen | null): void;
}

export function useReplay(steps: ReplayStep[]): Replay {
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [telling, setTelling] = useState<number | null>(null);
  const [mapAt, setMapAt] = useState(0);
  const screen = useRef<ReplayScreen | null>(null);
  const run = useRef(0);
  const at = useRef(0);

  const stop = () => {
    run.current++;
    screen.current?.skip();
    setPlaying(false);
    setTelling(null);
    if (screen.current) draw(at.current);
  };
  const draw = (i: number) => {
    setMapAt(i);
    screen.current?.show(steps[i].state);
  };
  const showAt = (i: number) => {
    at.current = i;
    setIndex(i);
    draw(i);
  };
  /** Week i told on the map: the state before it, its news one by one, then the state after it. */
  const tell = async (i: number, mine: number) => {
    at.current = i;
    setIndex(i);
    const s = screen.current;
    if (!s || i === 0) {
      draw(i);
      return;
    }
    draw(i - 1);
    await s.play(steps[i].news as NewsItem[], (n) => run.current === mine && setTelling(n));
    if (run.current !== mine) return;
    setTelling(null);
    draw(i);
  };

  const play = () => {
    stop();
    const mine = ++run.current;
    setPlaying(true);
    void (async () => {
      let i = at.current >= steps.length - 1 ? 0 : at.current;
      if (i === 0) showAt(0);
      while (run.current === mine && i < steps.length - 1) {
        i++;
        await tell(i, mine);
        if (run.current !== mine) return;
        await new Promise((r) => setTimeout(r, BETWEEN_WEEKS_MS));
      }
      if (run.current === mine) setPlaying(false);
    })();
  };
  const forward = () => {
    if (at.current >= steps.length - 1) return;
    stop();
    const mine = run.current;
    void tell(at.current + 1, mine);
  };
  const back = () => {
    stop();
    showAt(Math.max(0, at.current - 1));
  };
  const jump = (i: number) => {
    stop();
    showAt(Math.max(0, Math.min(steps.length - 1, i)));
  };
  const attach = (s: ReplayScreen | null) => {
    screen.current = s;
    s?.show(steps[at.current].state);
  };
  useEffect(() => () => void run.current++, []);
  return { index, playing, telling, mapAt, play, pause: stop, forward, back, jump, attach };
}
