/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// thi-dua override of the Camunda 7.24.0 webjar's welcome/scripts/config.js
// (see docs/webapps.md). Shown as "<vendor> <name>" in the header and tab title.
export default {
  app: {
    name: 'Thi đua – LHHVN',
    vendor: 'Hệ thống'
  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'welcome' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },

  // Vietnamese for browsers whose first language is vi, English otherwise.
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'en'
  },

  // Replaces the built-in "Documentation" link to the Camunda manual (a developer link).
  links: [
    {
      label: 'Tổng quan thi đua',
      href: '/tong-quan/',
      description: 'Tiến độ, kết quả và khen thưởng của các cụm thi đua'
    }
  ],

  // csrfCookieName: 'XSRF-TOKEN',

  // No "Welcome to Camunda / first time using the webapps" box on the login page.
  disableWelcomeMessage: true
};
