declare module 'virtual:vitrina/config' {
  const config: import('./settings').VitrinaConfig;
  export default config;
}
