/**
 * The most procedure calls one HTTP request may carry (a tRPC batch). The server refuses larger
 * batches with 400; the dashboard's client splits its batches at the same size.
 */
export const MAX_BATCH_SIZE = 10;
