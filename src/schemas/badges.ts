/** The looks of Starlight's `<Badge>`, which the vocabularies pick from. */
export type BadgeVariant = 'default' | 'note' | 'tip' | 'success' | 'caution' | 'danger';
