// Hash router state: the current path follows `location.hash` (works from any static host
// and offline), and `navigate` changes it.
export class Router {
  path = $state(currentPath());

  constructor() {
    window.addEventListener('hashchange', () => {
      this.path = currentPath();
    });
  }

  navigate(path: string): void {
    window.location.hash = `#${path}`;
  }
}

function currentPath(): string {
  const hash = window.location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash : '/';
}
