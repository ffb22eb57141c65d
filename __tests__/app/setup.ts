// Taro 4 under jest: render through the H5 React runtime so hooks like useRouter and useLoad find React.
import React from 'react';
import ReactDOM from 'react-dom';
import { createH5NativeComponentConfig } from '@tarojs/plugin-framework-react/dist/runtime';

process.env.TARO_PLATFORM = 'web';
process.env.TARO_ENV = 'h5';
createH5NativeComponentConfig(null, React, ReactDOM);
