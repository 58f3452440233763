// A recorded match for a page (debrief, replay): loading, then the record or why not.
import { useEffect, useState } from 'preact/hooks';
import type { Loaded } from '../replay/records.ts';
import { loadRecord } from '../replay/records.ts';

export function useRecord(matchId: string): Loaded | null {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    void loadRecord(matchId).then((r) => live && setLoaded(r));
    return () => {
      live = false;
    };
  }, [matchId]);
  return loaded;
}
