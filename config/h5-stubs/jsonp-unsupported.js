// Stands in for jsonp-retry, which @tarojs/taro-h5 bundles into every page for Taro.request({ jsonp }): the app never
// asks for JSONP (its API is same-origin JSON), so the 12 KB library is left out and a JSONP request fails loudly.
export default function jsonpUnsupported() {
  return Promise.reject(new Error('Taro.request({ jsonp }) is not available in this build'));
}
