export declare const TLD_PATTERN: string;
export declare const NO_TLD: string;
export declare const TLDS_MODULE: string;
export declare function tldRedirect(source: string, importer: string | undefined): string | undefined;
export declare function tldModuleSource(): string;
export declare const CORE_JS: RegExp;
export declare const DEFERRED_IMPORTS: { importer: RegExp; specifier: string; names: string[] }[];
export declare function twitterTextPlugin(root: URL): import('esbuild').Plugin;
