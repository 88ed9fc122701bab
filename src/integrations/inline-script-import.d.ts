/** A module bundled into one script, as a string (src/integrations/inline-script.ts). */
declare module '*?inline-script' {
	const script: string;
	export default script;
}
