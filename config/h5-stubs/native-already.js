// Stands in for polyfills that @tarojs/taro-h5 imports for every page (whatwg-fetch, abortcontroller-polyfill): every
// browser the H5 app supports (package.json browserslist: ES modules) has fetch and AbortController.
export {};
