// Calendar arithmetic now lives in lib/domain; lib/data still reads it from here.
export { addDays } from '@/lib/domain/dates';
