/**
 * The follow-up rounds the example dataset's server has (e2e/support/prepare-server.ts): one closed,
 * whose reference date the example reports cover, so it has a national report; and one still open
 * until far ahead, which has none.
 */
export const CLOSED_EXAMPLE_ROUND = { name: 'Uppföljning 2024', referenceDate: '2024-12-31', opensOn: '2025-01-08', closesOn: '2025-02-28' } as const;
export const OPEN_EXAMPLE_ROUND = { name: 'Uppföljning 2099', referenceDate: '2099-06-30', opensOn: '2025-01-01', closesOn: '2099-09-30' } as const;
