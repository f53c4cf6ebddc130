import { tryPhpUnserialize, type PhpValue } from '../php-unserialize';

/** What the repository needs from one attachment: its file and the file of the shop's thumbnail size. */
export interface AttachmentRows {
	attachedFile?: string;
	metadata?: string;
}

export interface ImageUrls {
	full: string;
	thumbnail: string;
}

function record(value: PhpValue | undefined): Record<string, PhpValue> | undefined {
	return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

/** The file name of `size` in `_wp_attachment_metadata`, when WordPress generated that size. */
function sizeFile(metadata: string | undefined, size: string): string | undefined {
	if (!metadata) return undefined;
	const file = record(record(record(tryPhpUnserialize(metadata))?.sizes)?.[size])?.file;
	return typeof file === 'string' && file !== '' && !file.includes('/') ? file : undefined;
}

/**
 * Absolute URLs of an attachment as wp_get_attachment_image_src() builds them: the uploads base URL
 * plus `_wp_attached_file`; the thumbnail is the `size` file next to it, else the full file.
 */
export function attachmentUrls(rows: AttachmentRows, uploadsUrl: string, size: string): ImageUrls | undefined {
	const file = rows.attachedFile;
	if (!file) return undefined;
	const full = /^https?:\/\//i.test(file) ? file : `${uploadsUrl.replace(/\/+$/, '')}/${file.replace(/^\/+/, '')}`;
	const thumb = sizeFile(rows.metadata, size);
	const thumbnail = thumb ? full.slice(0, full.lastIndexOf('/') + 1) + thumb : full;
	return { full, thumbnail };
}
