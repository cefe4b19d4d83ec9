// The published record's shapes now live in lib/domain; lib/data still reads them from here.
export type * from '@/lib/domain/dashboard-data';
