export declare const URL_GUARD: string;
export declare const CORE_JS: RegExp;
export declare function isParseTweetUrlImport(source: string, importer: string | undefined): boolean;
export declare const EMOJI_GUARD: string;
export declare function isParseTweetEmojiImport(source: string, importer: string | undefined): boolean;
export declare const DEFERRED_IMPORTS: { importer: RegExp; specifier: string; name: string }[];
export declare function twitterTextPlugin(root: URL): import('esbuild').Plugin;
