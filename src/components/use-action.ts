// One way for an editor (the console's, a helper's milestone) to run a write: a message in words when it fails, busy while it runs.
import { useState } from 'react';
import { errorKey, useT } from '../i18n';
import { ApiError } from '../services/http';

export function useAction() {
  const t = useT();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  function run<T>(write: () => Promise<T>, onDone: (value: T) => void): void {
    setBusy(true);
    setMessage(null);
    write()
      .then(onDone, (e: unknown) => setMessage(t(errorKey(e instanceof ApiError ? e.code : 'INTERNAL'))))
      .finally(() => setBusy(false));
  }
  return { message, setMessage, busy, run };
}
