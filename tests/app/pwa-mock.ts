import { useState } from 'react';
import { vi } from 'vitest';

/** Controls for the mocked `virtual:pwa-register/react`: what the next render of useRegisterSW starts with. */
export const swControl = {
  needRefresh: false,
  offlineReady: false,
  updateServiceWorker: vi.fn((reload?: boolean) => {
    void reload;
    return Promise.resolve();
  }),
};

export function useRegisterSWMock() {
  const needRefresh = useState(swControl.needRefresh);
  const offlineReady = useState(swControl.offlineReady);
  return { needRefresh, offlineReady, updateServiceWorker: swControl.updateServiceWorker };
}
