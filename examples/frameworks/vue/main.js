import 'corridor-flow';
import '../shared/theme.css';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
