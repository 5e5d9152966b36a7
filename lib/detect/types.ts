export type { PageKind, PageReport, TabStatus } from '@/lib/messaging/types';
