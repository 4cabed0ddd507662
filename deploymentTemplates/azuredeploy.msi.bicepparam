// UserAssignedMSI: the template creates a user-assigned managed identity and the bot signs in with it; no secret.
//   export NEWSBOT_APP_NAME=<globally unique web app name>
//   az deployment group create -g <resource group> --parameters deploymentTemplates/azuredeploy.msi.bicepparam
using './azuredeploy.bicep'

param appName = readEnvironmentVariable('NEWSBOT_APP_NAME')
param appType = 'UserAssignedMSI'
param appServicePlanSku = 'B1'
param botSku = 'F0'
