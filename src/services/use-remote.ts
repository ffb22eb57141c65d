// Load data for a screen, with a reload function and an optional refresh interval (a live case page).
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './http';
import type { ErrorCode } from '../../types';

export interface Remote<T> {
  data: T | null;
  error: ErrorCode | 'NETWORK' | null;
  loading: boolean;
  reload(): void;
}

export function useRemote<T>(load: () => Promise<T>, deps: readonly unknown[], refreshMs?: number): Remote<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ErrorCode | 'NETWORK' | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    load()
      .then((value) => {
        if (!live) return;
        setData(value);
        setError(null);
      })
      .catch((e: unknown) => {
        if (live) setError(e instanceof ApiError ? e.code : 'INTERNAL');
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [...deps, tick]);

  useEffect(() => {
    if (!refreshMs) return undefined;
    const timer = setInterval(reload, refreshMs);
    return () => clearInterval(timer);
  }, [refreshMs, reload]);

  return { data, error, loading, reload };
}
