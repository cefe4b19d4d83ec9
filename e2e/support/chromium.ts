import fs from 'node:fs';

/**
 * How both Playwright configurations launch Chromium: the machine's own where there is one (Debian's
 * package), in a container without a sandbox, a GPU or a large /dev/shm, and quiet on the network.
 */
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => fs.existsSync(candidate));

export const chromiumLaunchOptions = {
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
};
