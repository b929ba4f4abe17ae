/** The `privacy.*` methods' arguments and results (privacy-service.ts). */

export interface PrivacySettings {
  /** Days after a closed refund's last status change before its name and phone are erased; null = keep. */
  readonly retentionDays: number | null;
  /** Lock the app after this many minutes without input; null/absent = off. */
  readonly autoLockMinutes?: number | null;
}

export interface PrivacyUpdateInput {
  readonly retentionDays?: number | null;
  readonly autoLockMinutes?: number | null;
}

export interface PrivacyUpdateResult {
  readonly privacy: PrivacySettings;
  /** How many refunds the retention rule erased right away. */
  readonly erasedNow: number;
}

export interface CustomerQuery {
  readonly query: string;
}

export interface CustomerErasurePreview {
  readonly refunds: readonly { readonly id: string; readonly number: string; readonly createdAt: string }[];
  /** Cases about those refunds: their customer text goes; `files` of theirs go when the case concerns no one else. */
  readonly cases: readonly { readonly id: string; readonly number: string; readonly files: number }[];
  readonly attachments: number;
  /** Files another record still uses: marked erased on these records, bytes kept for the other record. */
  readonly sharedAttachments: number;
}

export interface CustomerErasureInput {
  readonly query: string;
  readonly actor: string;
  /** The owner's PIN, required when the owner has one. */
  readonly pin?: string;
}

export interface CustomerErasureResult {
  readonly refunds: number;
  readonly cases: number;
  readonly attachments: number;
  readonly filesDeleted: number;
}
