// NutUI's package folders are lower-case; babel-plugin-import must be told so, and pointed at the precompiled CSS.
const nutuiPath = (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`;

module.exports = {
  presets: [
    ['taro', { framework: 'react', ts: true, compiler: 'webpack5' }],
  ],
  plugins: [
    [
      'import',
      {
        libraryName: '@nutui/nutui-react-taro',
        camel2DashComponentName: false,
        customName: (name) => nutuiPath(name),
        customStyleName: (name) => `${nutuiPath(name)}/style/css`,
      },
      'nutui-react-taro',
    ],
  ],
};
