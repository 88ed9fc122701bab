/** An anchor or URL segment from a label: `Servers & Devices` → `servers-devices`, `doesn't` → `doesnt`. */
export function slugify(label: string): string {
	return label
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
