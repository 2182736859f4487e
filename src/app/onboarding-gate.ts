import { useCallback, useState } from 'react';

/** Boot-time flag; the data layer's settings table can take this over later without changing the shell. */
const ONBOARDED_KEY = 'youju.onboarded';

function readFlag(): boolean {
  try {
    return globalThis.localStorage?.getItem(ONBOARDED_KEY) === '1';
  } catch {
    // Blocked storage: show onboarding again rather than fail.
    return false;
  }
}

export function useOnboarded(): [boolean, () => void] {
  const [onboarded, setOnboarded] = useState(readFlag);
  const finish = useCallback(() => {
    try {
      globalThis.localStorage?.setItem(ONBOARDED_KEY, '1');
    } catch {
      // Shown again next launch; nothing else depends on it.
    }
    setOnboarded(true);
  }, []);
  return [onboarded, finish];
}
