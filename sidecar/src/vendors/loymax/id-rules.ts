import { readVendorManifest } from '../manifest';
import type { LoymaxSettings } from '../settings';

/** The id rules of plugin/manifest/loymax.json, which the plugin's Ids.php follows too. */
const manifest = readVendorManifest('loymax');

export type IdKind = 'user' | 'product' | 'category' | 'order';

/**
 * The id Loymax receives for a kind, per the manifest's rule for the mode set: the first of the rule's
 * sources that is not empty ('' when none is). A mode the rule does not know counts as the setting's default.
 * @param kind     The id kind.
 * @param settings Loymax settings (the rule names its mode setting).
 * @param sources  Source name => its value, computed only when reached.
 */
export function resolveId(kind: IdKind, settings: LoymaxSettings, sources: Record<string, () => string>): string {
	const rule = manifest.ids?.[kind];
	if (!rule) throw new Error(`plugin/manifest/loymax.json has no id rule for ${kind}`);
	const mode = String((settings as unknown as Record<string, unknown>)[rule.setting] ?? '');
	const chain = rule.modes[mode] ?? rule.modes[String(manifest.settings[rule.setting]?.default)] ?? [];
	for (const source of chain) {
		const value = sources[source];
		if (!value) throw new Error(`the ${kind} id rule names ${source}, which the sidecar does not supply`);
		const id = value();
		if (id !== '') return id;
	}
	return '';
}
