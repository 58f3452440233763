// The service worker (sw.js, written by the build with Workbox): it keeps the built files
// so that a second visit opens from cache, and makes the game installable on a phone.
// Registered once the page has loaded, so that it never competes with the first screen.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {});
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
